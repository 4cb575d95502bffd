/* Arguments: baseline= with an empty value is the same error as no
   value.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-baseline=" } */
/* { dg-regexp "cc1: error: escape: argument 'baseline' needs a file name, e\\.g\\. 'baseline=escape-baseline\\.xml'" "baseline needs a file" } */

#include "args-error.h"
