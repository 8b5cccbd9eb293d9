export * from "./repeatContacts.js";
