import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Root } from './ui/root.tsx'
import './ui/workspace.css'

const container = document.getElementById('root')
if (container)
  createRoot(container).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  )
