export default {
  'US/Eastern': 'America/New_York', 'US/Central': 'America/Chicago', 'US/Mountain': 'America/Denver',
  'US/Pacific': 'America/Los_Angeles', 'US/Alaska': 'America/Anchorage', 'US/Hawaii': 'Pacific/Honolulu',
  'US/Arizona': 'America/Phoenix', 'Canada/Eastern': 'America/Toronto', 'Canada/Pacific': 'America/Vancouver',
  'GB': 'Europe/London', 'GB-Eire': 'Europe/London', 'Eire': 'Europe/Dublin', 'Europe/Kiev': 'Europe/Kyiv',
  'Asia/Calcutta': 'Asia/Kolkata', 'Asia/Saigon': 'Asia/Ho_Chi_Minh', 'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon', 'Japan': 'Asia/Tokyo', 'PRC': 'Asia/Shanghai', 'ROK': 'Asia/Seoul',
  'Singapore': 'Asia/Singapore', 'Australia/ACT': 'Australia/Sydney', 'Australia/NSW': 'Australia/Sydney',
  'NZ': 'Pacific/Auckland', 'Brazil/East': 'America/Sao_Paulo', 'Mexico/General': 'America/Mexico_City',
  'Etc/UTC': 'UTC', 'Etc/GMT': 'UTC', 'GMT': 'UTC', 'Zulu': 'UTC', 'UCT': 'UTC', 'Universal': 'UTC',
};
