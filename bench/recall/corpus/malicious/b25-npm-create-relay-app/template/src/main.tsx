import React from 'react';
import { createRoot } from 'react-dom/client';
import { RelayEnvironmentProvider } from 'react-relay';
import { Environment, Network, RecordSource, Store } from 'relay-runtime';

const network = Network.create(async (params, variables) => {
  const res = await fetch('{{schema}}', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: params.text, variables })
  });
  return res.json();
});

const env = new Environment({ network, store: new Store(new RecordSource()) });

createRoot(document.getElementById('root')!).render(
  <RelayEnvironmentProvider environment={env}>
    <h1>{{name}}</h1>
  </RelayEnvironmentProvider>
);
