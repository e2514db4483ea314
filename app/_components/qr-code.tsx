// A QR code of the article URL, rendered at BUILD time as SVG (for WeChat). The SVG is our own
// output from the qrcode package (the URL only becomes black modules), not content.
import QRCode from 'qrcode';

/** The QR code of `url` as inline SVG with a caption. */
export async function QrCode({ url }: { url: string }) {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  // Strip the XML prolog if present and label the image for assistive technology.
  const inline = svg
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace('<svg ', '<svg role="img" aria-label="本文链接的二维码" ');
  return (
    <figure className="qr">
      <span dangerouslySetInnerHTML={{ __html: inline }} />
      <figcaption>手机扫码阅读或分享到微信</figcaption>
    </figure>
  );
}
