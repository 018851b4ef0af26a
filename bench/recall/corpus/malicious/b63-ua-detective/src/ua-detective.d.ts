export interface IBrowser { name?: string; version?: string; major?: string }
export interface IEngine { name?: string; version?: string }
export interface IOS { name?: string; version?: string }
export interface IDevice { vendor?: string; model?: string; type?: string }
export interface ICPU { architecture?: string }
export interface IResult { ua: string; browser: IBrowser; engine: IEngine; os: IOS; device: IDevice; cpu: ICPU }
declare class UADetective {
  constructor(ua?: string);
  getBrowser(): IBrowser; getEngine(): IEngine; getOS(): IOS; getDevice(): IDevice; getCPU(): ICPU;
  getResult(): IResult; setUA(ua: string): this;
}
export default UADetective;
export { UADetective };
