// The one svgo configuration for every icon source in assets/icons. `npm run icons` applies it in place, and a test
// fails when a committed source differs from its optimised form, so sources never drift from what ships.
/** @type {import('svgo').Config} */
const svgoConfig = {
  multipass: true,
  // The grid is 24 units: two decimals is 1/100 of a unit, far below anything visible even at 48 px.
  floatPrecision: 2,
  // Sources are reviewed by people: keep one element per line.
  js2svg: { pretty: true, indent: 2, eol: 'lf', finalNewline: true },
  plugins: [
    {
      name: 'preset-default',
      params: {
        overrides: {
          // <rect>, <circle> and <line> say what they draw; a path of the same shape does not.
          convertShapeToPath: false,
          // One stroke per element keeps diffs readable and lets the composition scale each element.
          mergePaths: false,
          // Colour comes from the renderer (family colour online, black offline), never from the source.
          convertColors: { currentColor: true },
        },
      },
    },
    // The size is chosen where the icon is used; sources only carry the 24×24 viewBox.
    'removeDimensions',
  ],
};

export default svgoConfig;
