using Kennisplatform.Cli;

var args_ = Arguments.Parse(args);
return args_.Verb switch
{
    "build" => await BuildCommand.RunAsync(args_),
    "serve" => await ServeCommand.RunAsync(args_),
    "eval" => await EvalCommand.RunAsync(args_),
    "help" or "--help" or "-h" => Usage(0),
    _ => Usage(2),
};

static int Usage(int code)
{
    var text = """
        kennisplatform — builds and serves the Kennisplatform Ondermijning

        Usage:
          kennisplatform build [--content DIR] [--output DIR]   build content/ into _site/ (public/ + index/)
          kennisplatform serve [--site DIR] [--urls URL]        serve a site (without --site: build first)
          kennisplatform eval [--site DIR] [--judgements FILE]  search quality: success@1, success@3, MRR@10
        """;
    (code == 0 ? Console.Out : Console.Error).WriteLine(text);
    return code;
}
