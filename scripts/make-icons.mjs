// `npm run icons`: makes every icon size and format an installer needs from the one drawing, resources/icon.svg.
// Writes (and the repository keeps) resources/icon.png (1024 px, electron-builder's source), resources/icon.ico
// (Windows: NSIS, MSI, the .exe), resources/icon.icns (macOS), resources/icons/<N>x<N>.png (Linux hicolor sizes)
// and resources/duet.desktop (the Linux desktop entry). Run it again after changing the SVG, and commit the results.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const resources = join(import.meta.dirname, '..', 'resources');
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** The SVG drawn at `size` pixels square, as PNG bytes. */
export function renderPng(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

export const DESKTOP_ENTRY = `[Desktop Entry]
Type=Application
Name=Duet
GenericName=Shared decision aid
Comment=Decide on mental-health care together, offline
Comment[es]=Decidir juntos sobre la atención de salud mental, sin conexión
Exec=duet %U
Icon=duet
Terminal=false
Categories=Office;MedicalSoftware;Education;
StartupWMClass=Duet
`;

function main() {
  const svg = readFileSync(join(resources, 'icon.svg'));
  mkdirSync(join(resources, 'icons'), { recursive: true });
  for (const size of PNG_SIZES) writeFileSync(join(resources, 'icons', `${size}x${size}.png`), renderPng(svg, size));
  const master = renderPng(svg, 1024);
  writeFileSync(join(resources, 'icon.png'), master);
  // forWinExe: PNG entries, with BMP below 64 px for the file-properties dialog of older Windows.
  const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not make icon.ico or icon.icns from resources/icon.png');
  writeFileSync(join(resources, 'icon.ico'), ico);
  writeFileSync(join(resources, 'icon.icns'), icns);
  writeFileSync(join(resources, 'duet.desktop'), DESKTOP_ENTRY);
  console.log(`icons: ${PNG_SIZES.length} PNGs, icon.png, icon.ico (${ico.length} bytes), icon.icns (${icns.length} bytes), duet.desktop`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
