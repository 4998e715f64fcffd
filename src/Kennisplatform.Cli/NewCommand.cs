using System.CommandLine;
using Kennisplatform.Content;

namespace Kennisplatform.Cli;

/// <summary><c>kennisplatform new &lt;type&gt; "Titel" [--kring SLUG] [--content DIR]</c>: a new page from its template.</summary>
public static class NewCommand
{
    /// <summary>The <c>new</c> verb; <paramref name="today"/> is the new page's date.</summary>
    public static Command Create(DateOnly today)
    {
        // Both arguments are optional to the parser so that a missing one gets the usage line with the list of types.
        var typeKey = new Argument<string?>("type") { Description = "the document type", Arity = ArgumentArity.ZeroOrOne };
        var titleText = new Argument<string?>("title") { Description = "the title, in quotes", Arity = ArgumentArity.ZeroOrOne };
        var circleSlug = new Option<string>("--kring") { Description = "for a bijeenkomst: the folder name of its circle", HelpName = "SLUG", DefaultValueFactory = _ => "" };
        var content = CommonOptions.Content();
        var command = new Command("new", "create a page from content/sjablonen/<type>.md") { typeKey, titleText, circleSlug, content };
        command.SetAction(parsed => Run(parsed.GetValue(typeKey) ?? "", parsed.GetValue(titleText) ?? "", parsed.GetValue(circleSlug)!, parsed.GetValue(content)!, today));
        return command;
    }

    /// <summary>Writes the new file and says where; refuses to overwrite.</summary>
    public static int Run(string typeKey, string titleText, string circle, string folder, DateOnly today)
    {
        if (titleText.Trim().Length == 0 || DocumentTypes.FromKey(typeKey) is not { } type || type == DocumentType.Pagina)
        {
            var types = string.Join(", ", Enum.GetValues<DocumentType>().Where(t => t != DocumentType.Pagina).Select(t => t.Key()));
            Console.Error.WriteLine($"usage: kennisplatform new <type> \"Titel\" [--kring SLUG] [--content DIR]; types: {types}");
            return 2;
        }
        var title = titleText.Trim();
        if (type == DocumentType.Bijeenkomst && !File.Exists(Path.Combine(folder, "kenniskringen", circle, "index.md")))
        {
            Console.Error.WriteLine("a bijeenkomst belongs to a kenniskring: give --kring with the folder name of an existing circle");
            return 2;
        }
        var template = Path.Combine(folder, DocumentScaffold.TemplateFolder, type.Key() + ".md");
        if (!File.Exists(template))
        {
            Console.Error.WriteLine($"{template}: template not found");
            return 1;
        }
        var relative = DocumentScaffold.PathFor(type, title, today, circle);
        var target = Path.Combine(folder, relative);
        if (File.Exists(target))
        {
            Console.Error.WriteLine($"{target}: already exists; choose another title or edit that file");
            return 1;
        }
        var existing = ContentLoader.Load(folder).Documents;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, DocumentScaffold.Fill(File.ReadAllText(template), title, today, existing));
        Console.WriteLine($"Created {target.Replace('\\', '/')}. Fill it in, then run 'kennisplatform check'.");
        return 0;
    }
}
