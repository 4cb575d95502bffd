/* Arguments: xml= with an empty value is an error (xml alone takes the
   default path).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-xml=" } */
/* { dg-regexp "cc1: error: escape: argument 'xml' needs a file name after '=', or no value for the default" "xml= empty" } */

#include "args-error.h"
