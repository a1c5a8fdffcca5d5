export { ApiError, createHttpClient, type ErrorBody, type HttpClient, type SignedIn } from './http-client.ts'
export { LoginPage, type LoginPageProps, type LoginTexts } from './login-page.tsx'
export { sessionTextsEn, sessionTextsZh } from './session-texts.ts'
