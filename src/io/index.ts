// Re-exports of the io part of the public API; filled in as it lands.
export {};
