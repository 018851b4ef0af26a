export interface NotifierOptions { apiRoot?: string; retries?: number; parseMode?: "MarkdownV2" | "HTML" | null }
export interface SendOptions { silent?: boolean; preview?: boolean; parseMode?: "MarkdownV2" | "HTML" | null }
export declare class TelegramError extends Error { status: number; retryAfter?: number }
export declare class Notifier {
  constructor(token: string, opts?: NotifierOptions);
  send(chatId: number | string, text: string, opts?: SendOptions): Promise<unknown>;
  sendDocument(chatId: number | string, filename: string, buffer: Buffer, caption?: string): Promise<unknown>;
}
export declare function escapeMarkdown(s: string): string;
