import { createContext, useContext } from 'react'
import type { FieldPermission } from '../types.ts'

/** The permission of the field being rendered, which a layout field passes on to its children. */
export const PermissionContext = createContext<FieldPermission>('edit')

export const usePermission = () => useContext(PermissionContext)
