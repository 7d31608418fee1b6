using GntTui.Views.Terminal;

namespace GntTui.Views.Widgets;

/// <summary>Key handling: the readline keys people already have in their fingers.</summary>
public sealed partial class TextField
{
    /// <summary>
    /// Applies an editing key or a paste; false when the key is not an editing key (Enter, Esc,
    /// Up...). A paste is text whatever it holds: its line breaks never act as Enter.
    /// </summary>
    public bool HandleKey(KeyEvent key)
    {
        if (key.IsText)
        {
            Insert(key.Rune.ToString());
            return true;
        }

        if (key.IsPaste)
        {
            Paste(key.Text ?? "");
            return true;
        }

        switch (key.Key)
        {
            case Key.Backspace when key.Alt:
                DeleteWordBack();
                return true;
            case Key.Backspace:
                Backspace();
                return true;
            case Key.Delete:
                Delete();
                return true;
            case Key.Left when key.Ctrl || key.Alt:
                WordLeft();
                return true;
            case Key.Left:
                Left();
                return true;
            case Key.Right when key.Ctrl || key.Alt:
                WordRight();
                return true;
            case Key.Right:
                Right();
                return true;
            case Key.Home:
                Home();
                return true;
            case Key.End:
                End();
                return true;
            case Key.Char when key.Ctrl || key.Alt:
                return HandleChord(key);
            default:
                return false;
        }
    }

    private bool HandleChord(KeyEvent key)
    {
        switch ((key.Ctrl, key.Alt, (char)key.Rune.Value))
        {
            case (true, false, 'a'):
                Home();
                return true;
            case (true, false, 'e'):
                End();
                return true;
            case (true, false, 'b'):
                Left();
                return true;
            case (true, false, 'f'):
                Right();
                return true;
            case (true, false, 'h'):
                Backspace();
                return true;
            case (true, false, 'd'):
                Delete();
                return true;
            case (true, false, 'u'):
                KillToStart();
                return true;
            case (true, false, 'k'):
                KillToEnd();
                return true;
            case (true, false, 'w'):
                DeleteWordBack();
                return true;
            case (false, true, 'b'):
                WordLeft();
                return true;
            case (false, true, 'f'):
                WordRight();
                return true;
            default:
                return false;
        }
    }
}
