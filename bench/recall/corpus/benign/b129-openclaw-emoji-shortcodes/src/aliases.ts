export const ALIASES: Record<string, string> = {
  "+1": "thumbsup", "-1": "thumbsdown", like: "thumbsup", lol: "joy", laughing: "joy", cry: "sob",
  party: "tada", ship: "rocket", ok: "white_check_mark", check: "white_check_mark", idea: "bulb",
  heart_red: "heart", cool: "sunglasses", hmm: "thinking", angry: "rage", done: "checkered_flag", win: "trophy",
};
