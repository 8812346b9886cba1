import AnvisKit
