import { LoginPage as SignIn } from '@signoff/web-kit/login-page'
import { http, type Me } from '../api/client.ts'
import { useMessages } from '../i18n/locale-store.ts'
import { LocaleSwitch } from './locale-switch.tsx'

export function LoginPage({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  return <SignIn client={http} texts={useMessages()} extra={<LocaleSwitch />} onSignedIn={onSignedIn} />
}
