/** The sign-in and sign-out texts both apps show, spread into each app's dictionary. */
export const sessionTextsZh = {
  signIn: '登录',
  signOut: '退出',
  login: '账号',
  password: '密码',
  tenant: '组织（可选）',
  signInFailed: '账号或密码错误',
  tooManyAttempts: '尝试次数过多，请稍后再试',
  twoFactorCode: '验证码（身份验证器中的 6 位数字，或一个恢复码）',
  twoFactorFailed: '验证码错误、已用过或已过期',
}

export const sessionTextsEn: typeof sessionTextsZh = {
  signIn: 'Sign in',
  signOut: 'Sign out',
  login: 'Login',
  password: 'Password',
  tenant: 'Organization (optional)',
  signInFailed: 'Wrong login or password',
  tooManyAttempts: 'Too many attempts; try again later',
  twoFactorCode: 'Code from your authenticator app (or a recovery code)',
  twoFactorFailed: 'The code is wrong, used or expired',
}
