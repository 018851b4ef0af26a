// input: number | number[] (Celsius) -> Fahrenheit, 1 decimal
const conv = (c) => Math.round((c * 9 / 5 + 32) * 10) / 10;
result = Array.isArray(input) ? input.map(conv) : conv(Number(input));
