const mobile = /^1[3-9]\d{9}$/
// Area code: 010 and 02x have three digits, the others start 03–09 and have four. The local number
// has 7 or 8 digits and does not start with 0; an extension follows a hyphen.
const landline = /^(010|02\d|0[3-9]\d{2})-?[1-9]\d{6,7}(-\d{1,6})?$/

export function isMobilePhone(s: string): boolean {
  return mobile.test(s)
}

export function isLandlinePhone(s: string): boolean {
  return landline.test(s)
}

export function isPhone(s: string): boolean {
  return isMobilePhone(s) || isLandlinePhone(s)
}
