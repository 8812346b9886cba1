#ifndef ANVIS_CREADLINE_SHIM_H
#define ANVIS_CREADLINE_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <readline/readline.h>
#include <readline/history.h>

// Small setters and getters for readline's globals, so Swift 6 never touches shared mutable
// state directly. Strings handed in are copied: a pointer bridged from a Swift String dies
// after the call.

/// Names the program for inputrc conditionals (`$if anvis`).
static inline void anvis_rl_set_name(void) { rl_readline_name = "anvis"; }

/// 0: readline installs no SIGINT/SIGTERM handlers of its own (anvis handles SIGINT).
static inline void anvis_rl_set_catch_signals(int on) { rl_catch_signals = on; }

/// The function readline calls on Tab.
static inline void anvis_rl_set_completion_function(rl_completion_func_t *f) {
  rl_attempted_completion_function = f;
}

/// Characters that end a word for completion (copied).
static inline void anvis_rl_set_word_break_characters(const char *chars) {
  static char *kept = NULL;
  free(kept);
  kept = strdup(chars);
  rl_completer_word_break_characters = kept;
  rl_basic_word_break_characters = kept;
}

/// 1: no file-name completion when anvis offers nothing.
static inline void anvis_rl_set_attempted_completion_over(int over) { rl_attempted_completion_over = over; }

/// The character appended after a unique completion (' ' by default, 0 for none).
static inline void anvis_rl_set_completion_append_character(int c) { rl_completion_append_character = c; }

/// Asked before each completion whether the word at the cursor is a file path; if so, only
/// blanks end the word (a path keeps its `/`), else the usual break characters do.
static int (*anvis_path_probe)(void) = NULL;
static inline char *anvis_word_break_hook(void) {
  static char blanks[] = " \t\n";
  return (anvis_path_probe && anvis_path_probe()) ? blanks : NULL;
}
static inline void anvis_rl_set_path_probe(int (*probe)(void)) {
  anvis_path_probe = probe;
  rl_completion_word_break_hook = probe ? anvis_word_break_hook : NULL;
}

/// 1: the words being completed are file names (a folder gets `/` instead of a space).
static inline void anvis_rl_set_filename_completion_desired(int on) { rl_filename_completion_desired = on; }

/// The line being edited (bytes) and the cursor (a byte offset).
static inline const char *anvis_rl_line_buffer(void) { return rl_line_buffer; }
static inline int anvis_rl_point(void) { return rl_point; }

/// Puts the cursor after the last character of the line being edited, on the screen too, so
/// that what is written next (Ctrl-C's `^C`) starts after the whole line, as bash shows it.
static inline void anvis_rl_cursor_to_end(void) {
  rl_point = rl_end;
  rl_redisplay();
}

/// Installs `handler` for SIGINT without SA_RESTART, so a waiting poll() returns EINTR, and
/// unblocks SIGINT, SIGTERM and SIGHUP (a parent may have started us with them blocked, and a
/// shell that `kill` or a closed terminal cannot stop lives on unseen).
static inline int anvis_install_sigint(void (*handler)(int)) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigset_t interrupt;
  sigemptyset(&interrupt);
  sigaddset(&interrupt, SIGINT);
  sigaddset(&interrupt, SIGTERM);
  sigaddset(&interrupt, SIGHUP);
  sigprocmask(SIG_UNBLOCK, &interrupt, NULL);
  return sigaction(SIGINT, &action, NULL);
}
#endif
