import * as React from 'react';

export function Button({ href, className = '', children }: { href?: string; className?: string; children: React.ReactNode }) {
  const cls = `inline-flex items-center rounded-md bg-black px-4 py-2 text-white hover:bg-gray-800 ${className}`;
  return href ? <a className={cls} href={href}>{children}</a> : <button className={cls}>{children}</button>;
}
