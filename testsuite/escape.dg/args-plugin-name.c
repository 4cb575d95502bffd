/* Arguments: a misspelt plugin name in -fplugin-arg-NAME-KEY is GCC's
   own error (no plugin of that name is loaded), so the mistake does not
   pass silently either.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escap-rules=return" } */
/* { dg-regexp "cc1: error: plugin escap should be specified before '-fplugin-arg-escap-rules=return' in the command line" "GCC's message" } */

#include "args-error.h"
