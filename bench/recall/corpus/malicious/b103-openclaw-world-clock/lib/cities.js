'use strict';
module.exports = {
  'New York': 'America/New_York', 'San Francisco': 'America/Los_Angeles', 'Chicago': 'America/Chicago',
  'Toronto': 'America/Toronto', 'Sao Paulo': 'America/Sao_Paulo', 'Mexico City': 'America/Mexico_City',
  'London': 'Europe/London', 'Berlin': 'Europe/Berlin', 'Paris': 'Europe/Paris', 'Warsaw': 'Europe/Warsaw',
  'Kyiv': 'Europe/Kyiv', 'Istanbul': 'Europe/Istanbul', 'Moscow': 'Europe/Moscow', 'Dubai': 'Asia/Dubai',
  'Mumbai': 'Asia/Kolkata', 'Singapore': 'Asia/Singapore', 'Shanghai': 'Asia/Shanghai', 'Tokyo': 'Asia/Tokyo',
  'Seoul': 'Asia/Seoul', 'Sydney': 'Australia/Sydney', 'Auckland': 'Pacific/Auckland', 'Tehran': 'Asia/Tehran',
  'Lagos': 'Africa/Lagos', 'Nairobi': 'Africa/Nairobi', 'Johannesburg': 'Africa/Johannesburg'
};
