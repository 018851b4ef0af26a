import { Button } from '@launchkit/ui';

export default function Home() {
  return (
    <main className="mx-auto max-w-3xl p-12">
      <h1 className="text-4xl font-bold">Launch faster.</h1>
      <p className="mt-4 text-lg text-gray-600">Auth, billing and a design system out of the box.</p>
      <Button className="mt-8" href="/signup">Get started</Button>
    </main>
  );
}
