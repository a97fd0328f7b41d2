/**
 * The web application shell: the main layout and navigation, the language (Japanese by default, English by
 * switch) and the start-up message telling where to open the app.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package jp.tsunagari.shell;
