const app = document.querySelector<HTMLDivElement>('#app')!;
let count = 0;
app.innerHTML = `<h1>Hello from {{name}}</h1><button id="c">count is 0</button>`;
document.querySelector('#c')!.addEventListener('click', (e) => {
  (e.target as HTMLButtonElement).textContent = `count is ${++count}`;
});
