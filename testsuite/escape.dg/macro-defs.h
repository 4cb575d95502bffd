/* Macros for macro-*.c and optlevels-macro.c: a finding made by one of
   them is reported where the user's file expands it.  */

extern void *g_macro_keep;
extern void keep_in_queue (void *p);

#define MACRO_KEEP(p) (g_macro_keep = (p))
#define MACRO_KEEP_TWICE(p) MACRO_KEEP (p)
#define MACRO_RETURN_ADDR(v) return &(v)
#define MACRO_LOCAL_AND_KEEP(name) int name = 0; MACRO_KEEP (&name)
