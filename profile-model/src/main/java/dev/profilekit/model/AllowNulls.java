package dev.profilekit.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Lets a JSON {@code null} stand as a value in extension maps (Immutables honours the name). */
@Target({ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.CLASS)
@interface AllowNulls {}
