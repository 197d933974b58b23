// The names people give the number of classes K in classification code. The example inputs take K from such a
// parameter's default (exampleInputs.ts), and LS009's fix passes such a name as num_classes.

const NAMES = [
  'num_classes', 'n_classes', 'nclasses', 'nb_classes', 'num_class', 'n_class', 'class_num', 'classes_num',
  'number_of_classes', 'class_size', 'classes', 'num_labels', 'n_labels',
  'vocab_size', 'n_vocab', 'tgt_vocab_size', 'num_cls', 'n_cls', 'K',
];

/** A name that holds K (`num_classes`, `vocab_size`, `K`, …), compared without regard to case. */
export const CLASS_COUNT_NAME = new RegExp(`^(?:${NAMES.join('|')})$`, 'i');

/** The same names, read from an attribute of `self` too (`self.num_classes`). */
export const CLASS_COUNT_REFERENCE = new RegExp(`^(?:self\\.)?(?:${NAMES.join('|')})$`, 'i');
