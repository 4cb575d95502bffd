/* gcc-escape testsuite: the test intrinsic.

   A call to __escape_dump (P) is intercepted by the plugin, never
   compiled as a call: at the call it prints, as notes,

     note: points-to set of 'P': { x, <nonlocal> }

   (the objects P may point to, in order of creation: named objects by
   name, `*p' for what parameter p points to, heap@LINE, alloca@LINE,
   compound literal@LINE, <unknown> (what a function without a body
   returns), <nonlocal> (memory reached through globals and parameters),
   <string>, <function>, <retslot>;
   `{ }' when empty; the label is the argument's name, or `&x'), then for
   each automatic object in the set

     note: escape state of 'x': escapes (return)
     note: escape state of 'x': does not escape

   Tests match these notes with dg-message.  */

#ifndef ESCAPE_TEST_H
#define ESCAPE_TEST_H

void __escape_dump (const void *p);

#endif
