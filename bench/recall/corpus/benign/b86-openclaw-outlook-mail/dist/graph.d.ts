export interface Message {
    id: string;
    subject: string;
    from?: {
        emailAddress: {
            name: string;
            address: string;
        };
    };
    receivedDateTime: string;
    bodyPreview: string;
    isRead: boolean;
    body?: {
        contentType: string;
        content: string;
    };
    webLink?: string;
}
export declare class Mail {
    private token;
    constructor(token: () => Promise<string>);
    private call;
    search(q: string, top?: number): Promise<Message[]>;
    read(id: string): Promise<Message>;
    draft(to: string[], subject: string, text: string, replyTo?: string): Promise<Message>;
    send(draftId: string): Promise<void>;
}
