import { toString as qrSvg } from 'qrcode'
import { useEffect, useState } from 'react'

/** A QR code drawn in the browser (no image service sees the secret it carries). */
export function QrCode({ value, label }: { value: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    qrSvg(value, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (drawn) => live && setSvg(drawn),
      () => live && setSvg(null),
    )
    return () => {
      live = false
    }
  }, [value])
  if (!svg) return <div className="qr-code" />
  return (
    <img
      className="qr-code"
      alt={label}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
    />
  )
}
