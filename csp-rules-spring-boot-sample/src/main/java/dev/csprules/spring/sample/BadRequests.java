package dev.csprules.spring.sample;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.csprules.api.InvalidRequestException;
import dev.csprules.api.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Bad input is a 400 whose body names every problem with its path in the posted JSON:
 * {@code {"problems": [{"path": "order.customer.country", "message": "..."}]}}. The messages are
 * the engine's, or written here: never Jackson's, which quote the value sent, and a value may be
 * personal data.
 */
@RestControllerAdvice
class BadRequests {

  record ProblemsBody(List<Problem> problems) {}

  @ExceptionHandler(InvalidRequestException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ProblemsBody invalidRequest(InvalidRequestException e) {
    return new ProblemsBody(e.problems());
  }

  /**
   * A body Jackson could not read: not JSON, a value of the wrong type, a field no record has, or a
   * record refusing a value. Jackson stops at the first of these, so this names one problem.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ProblemsBody unreadable(HttpMessageNotReadableException e) {
    if (!(e.getCause() instanceof JsonMappingException mapping)) {
      return new ProblemsBody(List.of(new Problem("", "is not well-formed JSON")));
    }
    String at = path(mapping);
    if (mapping.getCause() instanceof InvalidRequestException refused) {
      // A record's constructor refused a part: its path is the component's name.
      return new ProblemsBody(
          refused.problems().stream()
              .map(problem -> new Problem(at.isEmpty() ? problem.path() : at + "." + problem.path(), problem.message()))
              .toList());
    }
    return new ProblemsBody(List.of(new Problem(at, message(mapping))));
  }

  private static String message(JsonMappingException mapping) {
    if (mapping instanceof UnrecognizedPropertyException unknown) {
      return "is not a field of " + unknown.getReferringClass().getSimpleName();
    }
    if (mapping instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
      return "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
    }
    if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "is not a " + mismatch.getTargetType().getSimpleName();
    }
    return "cannot be read";
  }

  private static String path(JsonMappingException mapping) {
    return mapping.getPath().stream()
        .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }
}
