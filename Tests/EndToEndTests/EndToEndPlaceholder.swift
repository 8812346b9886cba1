// Placeholder so the EndToEndTests target has a source file until the shell's end-to-end
// tests land; delete it then.
import Testing
