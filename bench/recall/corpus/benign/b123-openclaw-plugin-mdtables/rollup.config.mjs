import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

export default {
  input: 'src/index.ts',
  output: { file: 'dist/index.min.js', format: 'cjs', exports: 'named', sourcemap: true, plugins: [terser({ ecma: 2020 })] },
  plugins: [typescript()],
};
