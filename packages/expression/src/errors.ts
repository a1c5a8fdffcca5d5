import { TypeError as CelTypeError, EvaluationError, ParseError } from '@marcbachmann/cel-js'

export type ExpressionErrorCode = 'parse' | 'type' | 'eval' | 'limit'

/** The one error type this package throws; `missingValue` marks an evaluation that read a field with no value. */
export class ExpressionError extends Error {
  override name = 'ExpressionError'

  constructor(
    readonly code: ExpressionErrorCode,
    message: string,
    readonly missingValue = false,
    /** Where in the source the problem is (0-based character offset), when cel-js knows it. */
    readonly position?: number,
  ) {
    super(message)
  }
}

// cel-js messages carry a source excerpt on later lines; the first line is what a person needs.
function firstLine(message: string): string {
  return message.split('\n')[0] ?? message
}

/** Maps anything thrown by cel-js, a registered function or the JS engine to an ExpressionError. */
export function toExpressionError(error: unknown): ExpressionError {
  if (error instanceof ExpressionError) return error
  if (error instanceof ParseError) {
    const code = error.code === 'limit_exceeded' ? 'limit' : 'parse'
    return new ExpressionError(code, firstLine(error.message), false, error.range?.start)
  }
  if (error instanceof CelTypeError) {
    return new ExpressionError('type', firstLine(error.message), false, error.range?.start)
  }
  if (error instanceof EvaluationError) {
    const missing = /^No such key: (.+)$/.exec(firstLine(error.message))
    if (missing) return new ExpressionError('eval', `"${missing[1]}" has no value`, true)
    return new ExpressionError('eval', firstLine(error.message))
  }
  // RangeError (string too long), DecimalError (division by zero), SyntaxError (bytes.json) and the like.
  if (error instanceof Error) return new ExpressionError('eval', firstLine(error.message))
  return new ExpressionError('eval', 'evaluation failed')
}
