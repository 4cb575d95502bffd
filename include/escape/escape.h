/* gcc-escape: the source annotations, as macros that vanish without it.

   Copyright (C) 2026 The gcc-escape authors.
   SPDX-License-Identifier: FSFAP

   Copying and distribution of this file, with or without modification,
   are permitted in any medium without royalty provided the copyright
   notice and this notice are preserved.  This file is offered as-is,
   without any warranty.  (Unlike the plugin, which is GPL-3.0-or-later:
   this header is meant to be included in code of any licence.)

   The plugin registers three attributes (docs/options.md, "Attributes").
   Code that uses them must still build with compilers that do not load
   the plugin, and warning-free: plain GCC warns about an attribute it does
   not know (-Wattributes, an error under -Werror).  So annotate through
   these macros:

     ESCAPE_NOESCAPE          a pointer parameter that does not outlive
			      the call (checked in the callee, trusted by
			      callers)
     ESCAPE_SINK              a pointer parameter the callee keeps after
			      it returns (rule `queue')
     ESCAPE_ACCEPT (reason)   the findings about this automatic variable,
			      parameter or function are accepted
   and three pragmas, for a region of a file (docs/options.md, "Pragmas"):
     ESCAPE_RULE (rule, setting)  #pragma escape rule RULE SETTING: from
			      here on, RULE's findings (return, store,
			      queue, fnptr or all) are off (accepted), a
			      note, a warning, an error, or default
     ESCAPE_PUSH ()           #pragma escape push: save the settings
     ESCAPE_POP ()            #pragma escape pop: restore them

   Each expands to its attribute (or pragma) when the compiler knows the
   attribute (when the plugin is loaded, for the pragmas), and to nothing
   otherwise.  The test is __has_attribute, which in GCC 11 and
   12 also sees the attributes a plugin registers: with -fplugin=escape all
   three are known; Clang knows `noescape' natively (same meaning), so
   ESCAPE_NOESCAPE is Clang's attribute there and the other two vanish; a
   compiler without __has_attribute gets nothing.  The test is made when
   the file is preprocessed, so preprocess with the same -fplugin option
   as you compile (ccache does).

   A macro defined before this header is included is left alone
   (-DESCAPE_SINK= turns that annotation off).  Plain C (C89 and later, and
   C++), no other header needed.  The attributes are spelled with double
   underscores (__noescape__), so a program's own macro named `noescape'
   does not break them.  */

#ifndef ESCAPE_ESCAPE_H
#define ESCAPE_ESCAPE_H

/* The attributes this compiler knows.  (Nested: a preprocessor without
   __has_attribute cannot even parse `__has_attribute (x)'.)  */
#if defined __has_attribute
# if __has_attribute (__noescape__) && !defined ESCAPE_NOESCAPE
#  define ESCAPE_NOESCAPE __attribute__ ((__noescape__))
# endif
# if __has_attribute (__escape_sink__) && !defined ESCAPE_SINK
#  define ESCAPE_SINK __attribute__ ((__escape_sink__))
# endif
# if __has_attribute (__escape_accept__) && !defined ESCAPE_ACCEPT
#  define ESCAPE_ACCEPT(reason) __attribute__ ((__escape_accept__ (reason)))
# endif
#endif

/* ESCAPE_NOESCAPE: on a pointer parameter, after the declarator or before
   the declaration; promises that the pointer (and what it points to) does
   not outlive the call.  The callee's body is checked (an escape is an
   error); callers, also through a function-pointer type that carries it,
   may pass the address of a local.

     size_t checksum (const void *buf ESCAPE_NOESCAPE, size_t len);
     typedef int (*visit_fn) (struct node *n ESCAPE_NOESCAPE, void *arg);  */
#ifndef ESCAPE_NOESCAPE
# define ESCAPE_NOESCAPE
#endif

/* ESCAPE_SINK: on a pointer parameter of a function, typically one whose
   body the compiler does not see; says that the function keeps the
   pointer after it returns, so passing the address of a local there is a
   `queue' finding.

     void queue_push (struct queue *q, void *item ESCAPE_SINK);  */
#ifndef ESCAPE_SINK
# define ESCAPE_SINK
#endif

/* ESCAPE_ACCEPT (reason): on an automatic variable, a parameter or a
   function; REASON, a string literal, says why its escape is fine.  The
   findings about it are not reported, and the XML report keeps them with
   suppressed="accepted" and the reason.

     struct job j ESCAPE_ACCEPT ("joined before return") = { 0 };

     ESCAPE_ACCEPT ("registers its frame with the debugger")
     void debug_enter (void);  */
#ifndef ESCAPE_ACCEPT
# define ESCAPE_ACCEPT(reason)
#endif

/* ESCAPE_RULE (rule, setting), ESCAPE_PUSH (), ESCAPE_POP (): the
   plugin's #pragma escape, through _Pragma so that a macro can write it;
   nothing when the plugin is not loaded (the test is its attribute), as
   plain GCC warns about an unknown pragma (-Wunknown-pragmas, in -Wall).
   One rule per ESCAPE_RULE (a comma would end the macro's argument):
     ESCAPE_PUSH ()
     ESCAPE_RULE (fnptr, off)     callbacks of this table are synchronous
     ...
     ESCAPE_POP ()  */
#if defined __has_attribute
# if __has_attribute (__escape_sink__)
#  define ESCAPE_PRAGMA_(text) _Pragma (#text)
#  if !defined ESCAPE_RULE
#   define ESCAPE_RULE(rule_, setting_) ESCAPE_PRAGMA_ (escape rule rule_ setting_)
#  endif
#  if !defined ESCAPE_PUSH
#   define ESCAPE_PUSH() ESCAPE_PRAGMA_ (escape push)
#  endif
#  if !defined ESCAPE_POP
#   define ESCAPE_POP() ESCAPE_PRAGMA_ (escape pop)
#  endif
# endif
#endif
#ifndef ESCAPE_RULE
# define ESCAPE_RULE(rule_, setting_)
#endif
#ifndef ESCAPE_PUSH
# define ESCAPE_PUSH()
#endif
#ifndef ESCAPE_POP
# define ESCAPE_POP()
#endif
#endif /* ESCAPE_ESCAPE_H */
