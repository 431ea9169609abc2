package org.briefing.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core._CoreAPI;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.briefing.cite.NotesLayout;
import org.briefing.diag.Diagnostic;
import org.briefing.diag.Diagnostics;
import org.briefing.lang.Messages;
import org.briefing.diag.Position;

/**
 * The one place Freemarker is used. Templates are {@code templates/*.ftlh} with HTML
 * auto-escaping ({@code *.ftlx}: XML); they cannot instantiate classes or reach Java APIs, and any
 * error fails the page with {@code templates/x.ftlh:line:col}. Every template sees {@code msg}
 * (the generator's words in the site's language) and {@code human_date(iso)}. Built once per
 * build, shared by all threads.
 */
public final class TemplateRenderer {
    /** The layouts the generator brings itself, each overridden by a file of the same name in templates/. */
    private static final List<String> BUILT_IN_LAYOUTS = List.of("search.ftlh", "sources.ftlh");
    /** Built-in parts, each overridden by a file of the same name in templates/ (see the templates page). */
    public static final List<String> BUILT_IN = List.of("endnotes.ftlh", "feed.ftlx", "reference.ftlh",
            "search.ftlh", "sources.ftlh", "sitemap.ftlx");

    private final Configuration config;
    private final List<String> names;
    private final Messages messages;
    private final RenderWatch watch;

    /** Thrown for a template problem; carries the diagnostic to report. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;
        private final boolean emptyPage;

        Failure(Diagnostic diagnostic) {
            this(diagnostic, false);
        }

        private Failure(Diagnostic diagnostic, boolean emptyPage) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
            this.emptyPage = emptyPage;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }

        /** Whether the layout ran but wrote nothing: the page chose a layout that is not one. */
        public boolean emptyPage() {
            return emptyPage;
        }
    }

    public TemplateRenderer(Path templatesDir, Messages messages) throws IOException {
        this(templatesDir, messages, RENDER_LIMIT);
    }

    /** How long one template may run. */
    static final Duration RENDER_LIMIT = Duration.ofSeconds(10);

    TemplateRenderer(Path templatesDir, Messages messages, Duration limit) throws IOException {
        this.watch = new RenderWatch(limit);
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        // The site's own templates first; built-in bibliography and search layouts when the site has none.
        c.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
            new FileTemplateLoader(templatesDir.toFile(), false),
            new ClassTemplateLoader(TemplateRenderer.class, "defaults")}));
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setRecognizeStandardFileExtensions(true);
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setAttemptExceptionReporter((e, env) -> { });
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setLocale(messages.locale());
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        c.setLocalizedLookup(false);
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        wrapper.setForceLegacyNonListCollections(false);
        wrapper.setUseAdaptersForContainers(true);
        c.setObjectWrapper(wrapper.build());
        c.setSharedVariable("msg", new MessageModel(messages));
        c.setSharedVariable("human_date", TemplateFunctions.humanDate(messages));
        this.config = c;
        this.messages = messages;
        try (Stream<Path> files = Files.list(templatesDir)) {
            this.names = Stream.concat(files.map(p -> p.getFileName().toString()), BUILT_IN_LAYOUTS.stream())
                    .filter(n -> n.endsWith(".ftlh")).map(n -> n.substring(0, n.length() - ".ftlh".length()))
                    .distinct().sorted().toList();
        }
        prepare(templatesDir);
    }

    /**
     * Loads every template once, now, and puts Freemarker's interruption checks into its loops,
     * so {@link RenderWatch} can stop a template that runs too long (an endless
     * {@code <#list 1.. as i>}). Templates are cached for good, so an include or import later gets
     * the same prepared template. One that fails to load fails again, with its position, when used.
     */
    private void prepare(Path templatesDir) throws IOException {
        List<String> all;
        try (Stream<Path> files = Files.walk(templatesDir)) {
            all = files.map(p -> templatesDir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".ftlh") || n.endsWith(".ftlx") || n.endsWith(".ftl"))
                    .collect(java.util.stream.Collectors.toList());
        }
        all.addAll(BUILT_IN);
        for (String name : all) {
            try {
                _CoreAPI.addThreadInterruptedChecks(config.getTemplate(name));
            } catch (IOException | RuntimeException e) {
                // Forgotten, so using it loads it again and reports the problem itself, with its position.
                config.removeTemplateFromCache(name);
            }
        }
    }

    /** Layout names available: the template files without {@code .ftlh}. */
    public List<String> layouts() {
        return names;
    }

    public boolean hasLayout(String name) {
        return names.contains(name);
    }

    /** Endnotes and references written by {@code endnotes.ftlh} and {@code reference.ftlh}. */
    public NotesLayout notesLayout() {
        return new TemplateNotes(this);
    }

    /** The words and date formats templates get as {@code msg} and {@code human_date}. */
    public Messages messages() {
        return messages;
    }

    /** Renders {@code templates/<layout>.ftlh} with the given data model. */
    public String render(String layout, Map<String, Object> model) throws Failure {
        String page = renderFile(layout + ".ftlh", model);
        if (page.chars().allMatch(Character::isWhitespace)) {
            // A macro library such as base.ftlh chosen as a layout: it defines, it prints nothing.
            throw new Failure(Diagnostic.error(Position.startOf("templates/" + layout + ".ftlh"),
                    "layout '" + layout + "' wrote an empty page",
                    "it is a macro library for other layouts, not a page layout; use one such as 'page'"), true);
        }
        return page;
    }

    /** Renders a template file (a site's own, else the built-in one); a failure goes to {@code out}. */
    public Optional<String> render(String file, Map<String, Object> model, Diagnostics out) {
        try {
            return Optional.of(renderFile(file, model));
        } catch (Failure f) {
            out.add(f.diagnostic());
            return Optional.empty();
        }
    }

    /** Renders {@code templates/<file>} with the given data model. */
    String renderFile(String file, Map<String, Object> model) throws Failure {
        try {
            return process(config.getTemplate(file), model);
        } catch (TemplateException | IOException | SecurityException e) {
            throw failure(e, file);
        }
    }

    /**
     * A template that calls one macro of a library, as {@code <@lib.reference source=source root=root/>}
     * after {@code <#import "reference.ftlh" as lib>}: made once, then run with {@link #call}.
     * Named after the library, so an error in the call points at it.
     */
    Template caller(String library, String call) {
        try {
            Template t = new Template(library, "<#import \"" + library + "\" as lib>" + call, config);
            _CoreAPI.addThreadInterruptedChecks(t);
            return t;
        } catch (IOException e) {
            throw new IllegalStateException("built-in call " + call, e);
        }
    }

    /** Runs a template made by {@link #caller}. */
    String call(Template caller, Map<String, Object> model) throws Failure {
        try {
            return process(caller, model);
        } catch (TemplateException | IOException | SecurityException e) {
            throw failure(e, caller.getName());
        }
    }

    /** Runs a template under the render watch: one that runs too long or recurses without end fails. */
    private String process(Template t, Map<String, Object> model) throws TemplateException, IOException, Failure {
        String file = "templates/" + t.getName();
        StringWriter w = new StringWriter(BUILT_IN.contains(t.getName()) ? 1024 : 16 * 1024);
        Environment env = t.createProcessingEnvironment(model, w);
        RenderWatch.Watch clock = watch.start(env);
        try (clock) {
            env.process();
        } catch (StackOverflowError e) {
            throw new Failure(Diagnostic.error(Position.startOf(file),
                    "template calls nest too deep (a macro or function that calls itself without end?)"));
        } catch (TemplateException | RuntimeException e) {
            if (clock.expired()) {
                throw new Failure(Diagnostic.error(clock.position(file),
                        "rendering took longer than " + watch.limit().toSeconds() + " s",
                        "a loop in the template does not end, or runs over far too much data"));
            }
            throw e;
        }
        return w.toString();
    }

    /** The diagnostic for a template that could not be read, parsed or run. */
    private static Failure failure(Exception x, String file) {
        if (x instanceof ParseException e) {
            return new Failure(Diagnostic.error(new Position("templates/" + e.getTemplateName(),
                    e.getLineNumber(), e.getColumnNumber()), "template syntax: " + Diagnostic.firstLine(e.getEditorMessage(), "template error")));
        }
        if (x instanceof TemplateException e) {
            String name = e.getTemplateSourceName() == null ? file : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 1 : e.getColumnNumber();
            Position at = new Position("templates/" + name, line, col);
            if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
                return new Failure(Diagnostic.error(at, "'" + e.getBlamedExpressionString() + "' is missing or null",
                        "write ${x!} or <#if x??>...</#if> where a value may be absent"));
            }
            return new Failure(Diagnostic.error(at, summary(e.getMessageWithoutStackTop())));
        }
        if (x instanceof SecurityException) {
            // FileTemplateLoader refuses a template whose real path leaves templates/ (a symbolic link).
            return new Failure(Diagnostic.error(Position.startOf("templates/" + file),
                    "template (or one it imports) is a symbolic link leading outside templates/",
                    "copy the template into templates/"));
        }
        return new Failure(Diagnostic.error(Position.startOf("templates/" + file), "cannot read template: " + x.getMessage()));
    }

    /** Pre-rendered HTML that templates print as it is (the page body, note markers). */
    public static Object markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Freemarker's message without its tips and location lines, on one line. */
    private static String summary(String s) {
        if (s == null) {
            return "template error";
        }
        String t = s;
        for (String cut : new String[] {"\n----", "\n\nTip:", "[in template", "\n\nThe failing instruction"}) {
            int at = t.indexOf(cut);
            if (at > 0) {
                t = t.substring(0, at);
            }
        }
        return t.strip().replaceAll("\\s+", " ");
    }

}
