// Vite's client types: CSS imports and import.meta.glob (the catalog tests scan sources with it).
/// <reference types="vite/client" />
