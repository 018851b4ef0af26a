import { render } from 'preact';
import { useState } from 'preact/hooks';

const products = [
  { id: 1, name: 'Linen Tote', price: 24 },
  { id: 2, name: 'Ceramic Mug', price: 18 },
  { id: 3, name: 'Beeswax Candle', price: 12 },
];

function App() {
  const [cart, setCart] = useState([]);
  const total = cart.reduce((s, p) => s + p.price, 0);
  return (
    <main class="mx-auto max-w-3xl p-8">
      <h1 class="text-3xl font-semibold">{import.meta.env.VITE_STORE_NAME}</h1>
      <ul class="mt-6 grid grid-cols-3 gap-4">
        {products.map((p) => (
          <li key={p.id} class="rounded border p-4">
            <div>{p.name}</div>
            <div class="text-sm text-gray-500">{p.price} {import.meta.env.VITE_CURRENCY}</div>
            <button class="mt-2 rounded bg-black px-3 py-1 text-white" onClick={() => setCart([...cart, p])}>Add</button>
          </li>
        ))}
      </ul>
      <p class="mt-6">Cart: {cart.length} items — {total} {import.meta.env.VITE_CURRENCY}</p>
    </main>
  );
}

render(<App />, document.getElementById('app'));
