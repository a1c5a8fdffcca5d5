// Each part has its own entry (package.json exports) so an app's first chunk takes the texts and the
// client without the sign-in page, which it loads lazily.
export { ApiError, createHttpClient, type ErrorBody, type HttpClient, type SignedIn } from './http-client.ts'
export { LoginPage, type LoginPageProps, type LoginTexts } from './login-page.tsx'
export { sessionTextsEn, sessionTextsZh } from './session-texts.ts'
