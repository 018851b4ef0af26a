export default function register(api: any): void;
