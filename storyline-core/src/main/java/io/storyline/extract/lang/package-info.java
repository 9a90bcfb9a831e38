/** Language identification of article text (ISO 639-1 codes), without models downloaded at run time. */
package io.storyline.extract.lang;
