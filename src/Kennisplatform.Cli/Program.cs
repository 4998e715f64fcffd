using Kennisplatform.Cli;

var args_ = Arguments.Parse(args);
return args_.Verb switch
{
    "build" => await BuildCommand.RunAsync(args_),
    "serve" => await ServeCommand.RunAsync(args_),
    "eval" => await EvalCommand.RunAsync(args_),
    "check" => CheckCommand.Run(args_),
    "wachtwoord" => PasswordCommand.Run(),
    "new" => NewCommand.Run(args_, DateOnly.FromDateTime(DateTime.Now)),
    "help" or "--help" or "-h" => Usage(0),
    _ => Usage(2),
};

static int Usage(int code)
{
    var text = """
        kennisplatform — builds and serves the Kennisplatform Ondermijning

        Usage:
          kennisplatform check [--content DIR]                  validate content; file:line:column diagnostics
          kennisplatform new <type> "Titel" [--kring SLUG]      create a page from content/sjablonen/<type>.md
          kennisplatform build [--content DIR] [--output DIR] [--base-url URL]
                                                                build content/ into _site/ (public/ + index/)
          kennisplatform serve [--site DIR] [--urls URL] [--watch]  serve a site (without --site: build first;
                                                                 --watch: rebuild on change and reload the page)
          kennisplatform eval [--site DIR] [--judgements FILE]  search quality: success@1, success@3, MRR@10
          kennisplatform wachtwoord                            hash a password (read from stdin) for gebruikers.json
        """;
    (code == 0 ? Console.Out : Console.Error).WriteLine(text);
    return code;
}
