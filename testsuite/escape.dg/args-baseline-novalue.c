/* Arguments: baseline without a file name is an error with an example.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-baseline" } */
/* { dg-regexp "cc1: error: escape: argument 'baseline' needs a file name, e\\.g\\. 'baseline=escape-baseline\\.xml'" "baseline needs a file" } */

#include "args-error.h"
