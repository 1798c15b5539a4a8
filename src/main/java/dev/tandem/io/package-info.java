/** File writing shared by the stages that leave files behind: {@link dev.tandem.io.AtomicFiles}. */
package dev.tandem.io;
