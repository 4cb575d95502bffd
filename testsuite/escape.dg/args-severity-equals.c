/* Arguments: severity=store=error is malformed, and the message shows
   why the separator is ':': GCC drops every '=' after the first from a
   plugin argument's value and cuts the value by as many characters, so
   the plugin receives 'store=erro'.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-severity=store=error" } */
/* { dg-regexp "cc1: error: escape: bad value 'store=erro' in 'severity'; expected RULE:SEVERITY, e\\.g\\. 'store:error'" "RULE=SEVERITY truncated by GCC" } */

#include "args-error.h"
